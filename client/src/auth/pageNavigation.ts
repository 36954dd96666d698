/** Full-page navigation, behind an object so that tests can observe it (jsdom cannot navigate). */
export const pageNavigation = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
