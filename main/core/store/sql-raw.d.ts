// Vite (electron-vite and vitest alike) inlines a file's text for `import x from './f.sql?raw'`.
declare module '*.sql?raw' {
  const text: string;
  export default text;
}
