// Keystatic looks for its config here; the editor's code lives in src/editor/.
export { default } from './src/editor/keystatic.config';
