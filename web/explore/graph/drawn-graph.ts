/**
 * What a graph view has drawn, in pixels from the view's top-left corner. The view's element
 * carries `drawnGraph()`: the browser test asks it where each node and link was drawn, then
 * checks the pixels there; it is also handy from the browser's console.
 */
export interface DrawnGraph {
  nodes: { id: string; kind: string; label: string; x: number; y: number; size: number }[];
  /** Each link with the midpoint of its drawn line. */
  edges: { id: string; source: string; target: string; relation: string; x: number; y: number }[];
}

/** The attribute marking a graph view's element. */
export const GRAPH_VIEW_ATTRIBUTE = 'data-graph-view';
