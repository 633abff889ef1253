/** pym.js 1.3 (NPR), the part the host-side loader uses: src/client/embed/host/upgrade-frames.ts. */
declare module 'pym.js' {
  interface ParentConfig {
    title?: string;
    trackscroll?: boolean;
    scrollwait?: number;
  }
  const pym: {
    Parent: new (
      containerId: string,
      url: string,
      config: ParentConfig,
    ) => { iframe: HTMLIFrameElement };
  };
  export default pym;
}
