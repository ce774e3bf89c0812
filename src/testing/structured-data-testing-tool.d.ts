/** The parts of structured-data-testing-tool (untyped CommonJS) the ClaimReview test uses. */
declare module 'structured-data-testing-tool' {
  export interface TestResult {
    passed: Array<{ test: string }>;
    failed: Array<{ test: string; error?: { message: string } }>;
    warnings: Array<{ test: string }>;
  }
  export function structuredDataTest(
    input: string,
    options: { presets: unknown[]; schemas: string[] },
  ): Promise<TestResult>;
}
declare module 'structured-data-testing-tool/presets' {
  export const Google: unknown;
}
