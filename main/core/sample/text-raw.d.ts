// Vite inlines a shipped text file for `import x from './f.txt?raw'` (the sample article).
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
