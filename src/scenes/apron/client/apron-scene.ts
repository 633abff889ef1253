import type { SceneGraphic } from '../../../client/scroll/scene-graphic';
import type { ResolvedState } from '../../registry';

/**
 * <story-apron-scene>: shows the drawing of the imagery a step names (all drawn at build) and
 * hides the others; a step change fades the new drawing in, unless the move is a jump or the
 * reader asks for reduced motion. Writes the state it shows to data attributes.
 */
export class StoryApronScene extends HTMLElement implements SceneGraphic {
  private frames: HTMLElement[] = [];

  connectedCallback(): void {
    this.frames = [...this.querySelectorAll<HTMLElement>('.apron-frame[data-imagery]')];
  }

  applyState(state: ResolvedState, { animate }: { animate: boolean }): void {
    if (state.kind !== 'apron') return;
    const id = state.imagery ?? '';
    if (id !== this.dataset['imagery']) {
      this.toggleAttribute('data-animate', animate);
      for (const frame of this.frames) frame.hidden = frame.dataset['imagery'] !== id;
    }
    this.dataset['imagery'] = id;
    this.dataset['status'] = state.status ?? '';
  }
}

if (!customElements.get('story-apron-scene'))
  customElements.define('story-apron-scene', StoryApronScene);
