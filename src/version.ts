// The tool's version, reported by --version and in JSON output ("tool.version").
export const VERSION = '0.1.0';
