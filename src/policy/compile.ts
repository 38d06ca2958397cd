// PLACEHOLDER: build-time validation of the bundled policies (being built). Replace this file.
export async function compileBundledPolicies(_root: string): Promise<void> {}
