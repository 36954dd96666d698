import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FileButton } from './FileButton';

describe('a file button', () => {
  it('is the input named by its own words, described by its hint, and hands over what was picked', () => {
    const onFiles = vi.fn();
    render(
      <>
        <p id="hint">PNG only.</p>
        <FileButton label="Choisir une photo" accept="image/png" multiple describedBy="hint" onFiles={onFiles} />
      </>,
    );

    const input = screen.getByLabelText<HTMLInputElement>('Choisir une photo');
    expect(input.type).toBe('file');
    expect(input.accept).toBe('image/png');
    expect(input.multiple).toBe(true);
    expect(input.getAttribute('aria-describedby')).toBe('hint');

    const first = new File(['a'], 'a.png', { type: 'image/png' });
    const second = new File(['b'], 'b.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [first, second] } });
    expect(onFiles).toHaveBeenCalledWith([first, second]);
  });

  it('hands over the same file picked again, since the input forgets each pick', () => {
    const onFiles = vi.fn();
    render(<FileButton label="Choose a photo" onFiles={onFiles} />);
    const input = screen.getByLabelText<HTMLInputElement>('Choose a photo');
    const file = new File(['a'], 'a.png', { type: 'image/png' });

    fireEvent.change(input, { target: { files: [file] } });
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { files: [file] } });
    expect(onFiles).toHaveBeenCalledTimes(2);
  });
});
