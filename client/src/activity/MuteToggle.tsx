import { listMutes, setMuted } from '../api/activity';
import { SwitchButton, type SwitchTexts } from '../components/SwitchButton';

/** Muting a person or a topic from its own page, from whether it already is. Nobody is told (the Muted page lists it all). */
export function MuteToggle({ kind, mutedKey, texts }: { kind: 'person' | 'topic'; mutedKey: string; texts: SwitchTexts }) {
  return (
    <SwitchButton
      key={`${kind}:${mutedKey}`}
      stateKey={['mutes', kind, mutedKey]}
      read={async (signal) => (await listMutes(signal)).some((mute) => mute.kind === kind && mute.key === mutedKey)}
      write={(muted) => setMuted(kind, mutedKey, muted)}
      texts={texts}
    />
  );
}
