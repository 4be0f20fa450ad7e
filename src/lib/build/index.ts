// The public surface of src/lib/build/: the build as a library (scripts/build.ts is its command line).
export * from './build-site.ts';
export * from './link-check.ts';
export * from './lock.ts';
export * from './stamp.ts';
export * from './command-line.ts';
