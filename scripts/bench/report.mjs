// The benchmark's figures against the budgets of DESIGN.md, as a table a person can read.
import { benchTargets, sizeBudgetsKb } from '../../src/lib/budgets/budgets.ts';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok ? 'met' : '**over**');

/** Rows of [figure, measured, budget, met?]. */
export function budgetRows(result) {
  const mobile = result.lighthouse.mobile;
  const phone = result.scroll.phone390x844cpu4x;
  const desktop = result.scroll.desktop1440x900;
  const t = benchTargets;
  const lh = t.lighthouseMobile;
  return [
    ['JS, all scripts (gzip)', kb(result.bytes.js.gzip), `<= ${sizeBudgetsKb.js} KB`, result.bytes.js.gzip <= sizeBudgetsKb.js * 1024],
    ['CSS (gzip)', kb(result.bytes.css.gzip), `<= ${sizeBudgetsKb.css} KB`, result.bytes.css.gzip <= sizeBudgetsKb.css * 1024],
    ['First-view transfer (gzip)', kb(result.bytes.firstView.gzip), `<= ${sizeBudgetsKb.firstView} KB`, result.bytes.firstView.gzip <= sizeBudgetsKb.firstView * 1024],
    [
      'Lighthouse mobile perf / a11y / best practices / SEO',
      `${mobile.performance} / ${mobile.accessibility} / ${mobile.bestPractices} / ${mobile.seo}`,
      `>= ${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`,
      mobile.performance >= lh.performance && mobile.accessibility >= lh.accessibility && mobile.bestPractices >= lh.bestPractices && mobile.seo >= lh.seo,
    ],
    ['LCP (Lighthouse mobile)', `${mobile.lcpMs} ms`, `<= ${t.lcpMs} ms`, mobile.lcpMs <= t.lcpMs],
    ['TBT (Lighthouse mobile)', `${mobile.tbtMs} ms`, `<= ${t.tbtMs} ms`, mobile.tbtMs <= t.tbtMs],
    [
      'CLS: load (Lighthouse mobile) / full scroll phone / desktop',
      `${mobile.cls.toFixed(3)} / ${(phone.clsLoad + phone.clsScroll).toFixed(3)} / ${(desktop.clsLoad + desktop.clsScroll).toFixed(3)}`,
      `<= ${t.cls}`,
      Math.max(mobile.cls, phone.clsLoad + phone.clsScroll, desktop.clsLoad + desktop.clsScroll) <= t.cls,
    ],
    ['Scroll 390x844 4x CPU: frames dropped', `${phone.droppedPercent.toFixed(1)} %`, `<= ${t.scroll.droppedPercent} %`, phone.droppedPercent <= t.scroll.droppedPercent],
    ['Scroll 390x844 4x CPU: p95 frame', `${phone.p95Ms.toFixed(1)} ms`, `<= ${t.scroll.p95Ms} ms`, phone.p95Ms <= t.scroll.p95Ms],
    ['Scroll 390x844 4x CPU: longest task', `${phone.longestTaskMs.toFixed(0)} ms`, `<= ${t.scroll.longestTaskMs} ms`, phone.longestTaskMs <= t.scroll.longestTaskMs],
    ['Cold build', `${result.buildSeconds} s`, `<= ${t.coldBuildSeconds} s`, result.buildSeconds <= t.coldBuildSeconds],
  ];
}

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function reportMarkdown(result) {
  const size = (s) => `${kb(s.raw)} / ${kb(s.gzip)}`;
  const b = result.bytes;
  const scrollRow = (name, s) => [name, s.frames, s.p50Ms.toFixed(1), s.p95Ms.toFixed(1), s.p99Ms.toFixed(1), s.framesOver16_7, s.framesOver33, `${s.droppedPercent.toFixed(1)} %`, s.longTasks, s.longestTaskMs.toFixed(0), s.clsLoad.toFixed(3), s.clsScroll.toFixed(3), s.reachedBottom ? 'yes' : '**no**'];
  const lhRow = (name, l) => [name, l.performance, l.accessibility, l.bestPractices, l.seo, l.lcpMs, l.fcpMs, l.tbtMs, l.cls.toFixed(3), l.failing.join(', ') || 'none'];
  return `# Benchmark ${result.date}

Machine: ${result.machine}. Medians of ${result.runs} runs. ${result.note}

## Budgets (DESIGN.md)

${table(['figure', 'measured', 'budget', ''], budgetRows(result).map(([a, b2, c, ok]) => [a, b2, c, mark(ok)]))}

## Bytes of the story page (raw / gzip)

${table(['HTML (all)', 'inline SVG', 'CSS', 'JS', 'fonts', 'images', 'first view'], [[size(b.html), size(b.svg), size(b.css), size(b.js), size(b.fonts), size(b.images), size(b.firstView)]])}

Files: ${b.files.map((f) => `${f.file} ${kb(f.gzip)}${f.atLoad ? '' : ' (later)'}`).join('; ')}.

## Lighthouse ${result.lighthouseVersion}

${table(['form factor', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'FCP ms', 'TBT ms', 'CLS', 'audits not passed (any run)'], [
    lhRow('mobile', result.lighthouse.mobile),
    lhRow('desktop', result.lighthouse.desktop),
    lhRow('mobile, text only (floor)', result.lighthouse.mobileTextOnly),
  ])}

The floor is the story page with its graphics and scripts taken out (${kb(result.lighthouse.mobileTextOnly.htmlBytes)} of HTML): what loading the story's words, quotes and sources costs on this machine. A load budget the floor misses is out of reach of any change to the graphics.

Main thread at load (mobile, ms): ${Object.entries(result.lighthouse.mobile.mainThread).map(([group, ms]) => `${group} ${ms}`).join(', ')}.

## Scroll benchmark (whole story, ~12 s, CDP synthesizeScrollGesture)

${table(['size', 'frames', 'p50 ms', 'p95 ms', 'p99 ms', '> 16.7 ms', '> 33 ms', 'dropped', 'long tasks', 'longest ms', 'CLS load', 'CLS scroll', 'reached end'], [
    scrollRow('390x844, CPU 4x', result.scroll.phone390x844cpu4x),
    scrollRow('1440x900', result.scroll.desktop1440x900),
    scrollRow('390x844, CPU 4x, without scripts (floor)', result.scroll.phone390x844cpu4xNoScripts),
    scrollRow('390x844, CPU 4x, text only (floor)', result.scroll.phone390x844cpu4xTextOnly),
    scrollRow('390x844, CPU 2x (context)', result.scroll.phone390x844cpu2x),
    scrollRow('390x844, CPU 4x, reduced motion (context)', result.scroll.phone390x844cpu4xReducedMotion),
  ])}

The floors: the same page and scroll with the page's module scripts taken out (no scene changes, only scrolling and painting the document with its graphics), and the text floor above (no graphics either). What the story adds is the difference between the first row and the floors. The last two rows have no budget: the same scroll with the page's main thread slowed half as much, and with reduced motion asked for (views cut instead of flying; a step that moves with the scroll shows its end at once and holds still).

Elements that shifted (share of CLS, load and scroll): ${Object.entries(result.scroll)
    .map(([size, s]) => `${size}: ${Object.entries(s.shiftSources).map(([node, value]) => `${node} ${value}`).join(', ') || 'none'}`)
    .join('; ')}.

Cold build: ${result.buildSeconds} s.
`;
}
