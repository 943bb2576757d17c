/**
 * Exact max-weight capacitated bipartite matching ("b-matching") as a
 * min-cost flow, solved by successive shortest paths with Dijkstra and node
 * potentials.
 *
 * The network, read as a transportation problem:
 *
 *   row r ──(cost c_e, cap 1)──▶ col c ──(seat k: seatBase_c + k·seatStep_c)──▶ sink
 *     └──────────(dummy unit j: dummyBase_r + j·dummyStep_r)──────────────────▶ sink
 *
 * Every unit a row supplies must reach the sink, either through a column
 * (a real match) or through its own dummy arc (the unit stays unmatched).
 * Because a unit can always go to its dummy, "every unit placed" is always
 * feasible, and the min-cost placement *is* the max-weight matching: with
 * dummy cost 0 a unit only takes a real partner when that gains something.
 * Making the dummy expensive (a big constant) turns the objective into "most
 * units matched, then best total" — no separate algorithm needed.
 *
 * Why it is exact: successive shortest paths keeps a flow that is min-cost
 * for the units placed so far (no negative cycle in the residual graph,
 * certified by potentials that make every residual reduced cost ≥ 0). Each
 * new unit travels a shortest path from its row to the sink; the potential
 * update keeps the certificate. Costs are integers held exactly in doubles.
 *
 * Why it is fast: rows are units of the *scarcer* side (the caller picks it).
 * A search from a scarce unit usually ends at once on a free partner of the
 * plentiful side; a search from the plentiful side has to push through long
 * chains of full partners first. Dijkstra stops as soon as the sink is
 * settled, and only the nodes it settled get new potentials (shifted by the
 * sink's distance, which leaves every reduced cost ≥ 0 — see `search`).
 * Initial potentials make each row's best edge cost 0, so a first search
 * that finds its best partner free settles two nodes and stops.
 *
 * Convex seat costs (load spreading: each next seat of a mentor costs λ more
 * than the one before) and per-row dummy costs are non-decreasing, so only
 * the next unused seat / dummy unit of a node is ever the cheapest: they are
 * represented by a counter, not by parallel arcs.
 */

export interface TransportProblem {
  rows: number;
  cols: number;
  /** Edges grouped by row: row r owns edges rowStart[r] … rowStart[r+1]−1. */
  rowStart: Int32Array;
  edgeCol: Int32Array;
  /** Integer costs (exact in a double); negative for a gain. */
  edgeCost: Float64Array;
  /** Units each row supplies. */
  supply: Int32Array;
  dummyBase: Float64Array;
  dummyStep: Float64Array;
  /** Units each column accepts. */
  capacity: Int32Array;
  seatBase: Float64Array;
  seatStep: Float64Array;
}

export interface TransportSolution {
  /** 1 on edges that carry a unit. */
  flow: Uint8Array;
  rowPotential: Float64Array;
  colPotential: Float64Array;
  /** Shortest-path searches run, and nodes they settled in total (a measure of work). */
  searches: number;
  settled: number;
}

/** A binary min-heap of (key, node) with lazy deletion: stale entries are skipped when popped. */
class Heap {
  keys = new Float64Array(1024);
  nodes = new Int32Array(1024);
  size = 0;

  push(key: number, node: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the minimum; read it from `topKey` / `topNode` first. */
  pop() {
    const { keys, nodes } = this;
    const last = --this.size;
    if (last === 0) return;
    const key = keys[last]!;
    const node = nodes[last]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      const child = right < last && keys[right]! < keys[left]! ? right : left;
      if (keys[child]! >= key) break;
      keys[i] = keys[child]!;
      nodes[i] = nodes[child]!;
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
  }
}

/**
 * Each row's edges, cheapest first. Column potentials only ever go down from
 * 0, so `d + cost + p(row)` is a lower bound of an edge's tentative distance:
 * once it reaches the bound of the search, every later edge of the row does
 * too and the scan stops. Most scans stop after an edge or two.
 */
function sortRows(problem: TransportProblem) {
  const { rows, rowStart, edgeCol, edgeCost } = problem;
  const edges = edgeCol.length;
  const order = new Int32Array(edges);
  for (let e = 0; e < edges; e++) order[e] = e;
  // Returns small integers, never a computed double: a double result is boxed on every one of
  // the tens of millions of comparisons.
  const byCost = (a: number, b: number) => (edgeCost[a]! < edgeCost[b]! ? -1 : edgeCost[a]! > edgeCost[b]! ? 1 : a - b);
  for (let r = 0; r < rows; r++) {
    const from = rowStart[r]!;
    const to = rowStart[r + 1]!;
    if (to - from > 1) order.subarray(from, to).sort(byCost);
  }
  const sortedCol = new Int32Array(edges);
  const sortedCost = new Float64Array(edges);
  for (let e = 0; e < edges; e++) {
    sortedCol[e] = edgeCol[order[e]!]!;
    sortedCost[e] = edgeCost[order[e]!]!;
  }
  return { order, edgeCol: sortedCol, edgeCost: sortedCost };
}

export function solveTransport(problem: TransportProblem): TransportSolution {
  const { rows, cols, rowStart, supply, dummyBase, dummyStep, capacity, seatBase, seatStep } = problem;
  const { order, edgeCol, edgeCost } = sortRows(problem);
  const edges = edgeCol.length;
  const edgeRow = new Int32Array(edges);
  for (let r = 0; r < rows; r++) for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) edgeRow[e] = r;

  const flow = new Uint8Array(edges);
  // Each column's edges that carry a unit, in a slot range of size capacity.
  const slotStart = new Int32Array(cols + 1);
  for (let c = 0; c < cols; c++) slotStart[c + 1] = slotStart[c]! + capacity[c]!;
  const slots = new Int32Array(slotStart[cols]!);
  const used = new Int32Array(cols);
  const dummyUsed = new Int32Array(rows);

  // Potentials (the sink's is 0 throughout). Columns start at 0 (seat costs are ≥ 0);
  // each row at the most negative of its costs, so its cheapest arc has reduced cost 0.
  const rowPotential = new Float64Array(rows);
  const colPotential = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    let p = -dummyBase[r]!;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) if (-edgeCost[e]! > p) p = -edgeCost[e]!;
    rowPotential[r] = p;
  }

  const nodes = rows + cols;
  const dist = new Float64Array(nodes).fill(Infinity);
  const pred = new Int32Array(nodes);
  const settledMark = new Uint8Array(nodes);
  const touched = new Int32Array(nodes);
  const settledList = new Int32Array(nodes);
  const heap = new Heap();
  let searches = 0;
  let settledTotal = 0;

  const search = (start: number) => {
    searches++;
    let touchedCount = 0;
    let settledCount = 0;
    heap.size = 0;
    dist[start] = 0;
    touched[touchedCount++] = start;
    heap.push(0, start);
    let best = Infinity;
    let end = -1; // node whose arc to the sink ends the path
    // Length of some path to the sink found so far (≥ best's final value): nodes at or beyond it
    // can never be settled before the search stops, so they are not even queued.
    let bound = Infinity;
    while (heap.size > 0) {
      const d = heap.keys[0]!;
      const v = heap.nodes[0]!;
      heap.pop();
      if (d >= best) break;
      if (settledMark[v] === 1 || d > dist[v]!) continue;
      settledMark[v] = 1;
      settledList[settledCount++] = v;
      if (v < rows) {
        const pr = rowPotential[v]!;
        const toSink = d + dummyBase[v]! + dummyUsed[v]! * dummyStep[v]! + pr;
        if (toSink < best) {
          best = toSink;
          end = v;
          if (best < bound) bound = best;
        }
        for (let e = rowStart[v]!; e < rowStart[v + 1]!; e++) {
          if (d + edgeCost[e]! + pr >= bound) break; // sorted edges, potentials ≤ 0: no later edge can do better
          if (flow[e] === 1) continue;
          const c = edgeCol[e]!;
          const node = rows + c;
          if (settledMark[node] === 1) continue;
          const pc = colPotential[c]!;
          const nd = d + edgeCost[e]! + pr - pc;
          if (nd < dist[node]! && nd < bound) {
            if (dist[node] === Infinity) touched[touchedCount++] = node;
            dist[node] = nd;
            pred[node] = e;
            heap.push(nd, node);
            // A column with a free seat closes a path at once: its length bounds the search.
            if (used[c]! < capacity[c]!) {
              const through = nd + seatBase[c]! + used[c]! * seatStep[c]! + pc;
              if (through < bound) bound = through;
            }
          }
        }
      } else {
        const c = v - rows;
        const pc = colPotential[c]!;
        if (used[c]! < capacity[c]!) {
          const toSink = d + seatBase[c]! + used[c]! * seatStep[c]! + pc;
          if (toSink < best) {
            best = toSink;
            end = v;
            if (best < bound) bound = best;
          }
        }
        for (let i = slotStart[c]!; i < slotStart[c]! + used[c]!; i++) {
          const e = slots[i]!;
          const r = edgeRow[e]!;
          if (settledMark[r] === 1) continue;
          const nd = d - edgeCost[e]! + pc - rowPotential[r]!;
          if (nd < dist[r]! && nd < bound) {
            if (dist[r] === Infinity) touched[touchedCount++] = r;
            dist[r] = nd;
            pred[r] = e;
            heap.push(nd, r);
          }
        }
      }
    }
    settledTotal += settledCount;

    // Settled nodes (distance < best) move by dist − best; the rest by 0. Equivalent to the
    // textbook "p += min(dist, best)" shifted by a constant, so every residual arc keeps a
    // reduced cost ≥ 0 and the arcs of the path below get exactly 0.
    for (let i = 0; i < settledCount; i++) {
      const v = settledList[i]!;
      if (v < rows) rowPotential[v]! += dist[v]! - best;
      else colPotential[v - rows]! += dist[v]! - best;
      settledMark[v] = 0;
    }
    for (let i = 0; i < touchedCount; i++) dist[touched[i]!] = Infinity;

    // Augment one unit along the path, from its end back to the start row.
    let v = end;
    if (v < rows) dummyUsed[v]!++;
    for (;;) {
      if (v >= rows) {
        const c = v - rows;
        const e = pred[v]!;
        flow[e] = 1;
        slots[slotStart[c]! + used[c]!++] = e;
        v = edgeRow[e]!;
      } else {
        if (v === start) break;
        const e = pred[v]!;
        flow[e] = 0;
        const c = edgeCol[e]!;
        const from = slotStart[c]!;
        const last = from + --used[c]!;
        for (let i = from; i <= last; i++) {
          if (slots[i] === e) {
            slots[i] = slots[last]!;
            break;
          }
        }
        v = rows + c;
      }
    }
  };

  for (let r = 0; r < rows; r++) {
    const units = supply[r]!;
    if (units <= 0) continue;
    if (rowStart[r + 1] === rowStart[r]) {
      dummyUsed[r]! += units;
      continue;
    }
    for (let u = 0; u < units; u++) search(r);
  }

  const originalFlow = new Uint8Array(edges);
  for (let e = 0; e < edges; e++) if (flow[e] === 1) originalFlow[order[e]!] = 1;
  return { flow: originalFlow, rowPotential, colPotential, searches, settled: settledTotal };
}
