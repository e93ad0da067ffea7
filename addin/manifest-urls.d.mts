export declare const DEV_URL: string;
export declare function manifestFor(xml: string, base: string): string;
