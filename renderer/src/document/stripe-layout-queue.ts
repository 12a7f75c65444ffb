/**
 * Batches the stripes gutters' layout reads. Each rendered row measures where its runs lie (reads
 * layout) and then draws its stripes (writes the SVG). Done row by row, every row's read comes
 * after the previous rows' writes (its Lexical text, its stripes), and the browser lays the page out
 * again for each row. Queued here, all rows read first and all draw after, so a commit that updates
 * rows already on screen costs one layout. (Rows mounting for the first time are still measured one
 * by one by the virtualiser's ref, so opening a source or jumping costs a layout per new row.)
 *
 * A job reads layout and returns the function that draws. The document view flushes the queue in
 * its own layout effect, which runs after all its rows' layout effects; a microtask flushes what is
 * queued without it (before the browser paints), so a row drawn on its own still gets its stripes.
 */
export type StripeLayoutJob = () => () => void;

const queue: StripeLayoutJob[] = [];
let scheduled = false;

export function queueStripeLayout(job: StripeLayoutJob): void {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    queueMicrotask(flushStripeLayouts);
  }
}

/** Runs every queued job: all the reads, then all the draws. */
export function flushStripeLayouts(): void {
  scheduled = false;
  if (queue.length === 0) return;
  const jobs = queue.splice(0);
  const draws = jobs.map((measure) => measure());
  for (const draw of draws) draw();
}
