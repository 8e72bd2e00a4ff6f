/** The path of a Chromium to drive, or exits the process explaining what to install. */
export function findChromium(tool?: string): Promise<string>;
