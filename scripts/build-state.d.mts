// Types for scripts/build-state.mjs, which stays JavaScript so that `npm start` needs nothing but node.
export declare const projectRoot: string;
export declare const buildSources: readonly string[];
export declare const buildIdFile: string;
export declare const standaloneServer: string;
export declare function staleBuild(): string | undefined;
export declare function buildIfStale(label?: string): number;
export type BuiltFor = { today: string; timeZone: string; nextChange: string | null };
export declare function policyToday(timeZone: string, env?: Record<string, string | undefined>, now?: Date): string;
export declare function versionChange(builtFor: BuiltFor, today: string): string | undefined;
