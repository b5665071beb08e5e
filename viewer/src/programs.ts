/**
 * Sigma programs for big graphs. Measured in software WebGL (SwiftShader) at 10,000
 * nodes / 50,000 edges, sigma's defaults cost most of every frame: instanced triangle
 * discs ~400 ms for the nodes, anti-aliased edge quads ~4 s plus ~2.5 s for the edge
 * picking pass. Point sprites and 1-pixel `gl.LINES` draw the same picture at that
 * density for ~30 ms and ~0.7 s.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { drawStraightEdgeLabel, EdgeLineProgram, NodePointProgram, type EdgeLabelDrawingFunction } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

export { NodePointProgram };

/**
 * `gl.LINES` edges with no picking pass, drawn (with their labels) only in frames where
 * `isDrawn()` says so.
 * Sigma draws every edge program a second time into an offscreen buffer to find the
 * edge under the pointer, which at 50,000 edges costs a third of the frame; edges drawn
 * with this program cannot be hovered or clicked (the renderer turns edge events off
 * when it uses it), their evidence stays reachable from the actor panel. `isDrawn` lets
 * the renderer skip them in frames where drawing them all would block the page (camera
 * moving, layout running) without re-processing any edge.
 */
export function createUnpickableEdgeLineProgram<N extends Attributes, E extends Attributes, G extends Attributes>(isDrawn: () => boolean) {
  return class UnpickableEdgeLineProgram extends EdgeLineProgram<N, E, G> {
    constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<N, E, G>) {
      // Without a picking buffer sigma neither builds nor draws the picking program.
      super(gl, null, renderer);
    }

    override render(params: RenderParams): void {
      if (isDrawn()) super.render(params);
    }

    // Sigma reads the label drawer from the program; a label without its edge would float.
    override drawLabel: EdgeLabelDrawingFunction<N, E, G> = (...args) => {
      if (isDrawn()) drawStraightEdgeLabel(...args);
    };
  };
}
