// The version shown by --version is the package's own; esbuild inlines just
// this field of package.json into the bundle.
import { version } from '../../package.json';

export const VERSION: string = version;
