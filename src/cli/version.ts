import packageJson from '../../package.json';

/** The package's version, built into the bundle. */
export const VERSION: string = packageJson.version;
