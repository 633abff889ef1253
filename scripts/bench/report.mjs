// The benchmark's figures against the budgets of DESIGN.md, as a table a person can read.
import { benchTargets, sizeBudgetsKb } from '../../src/server/budgets/budgets.ts';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok ? 'met' : '**over**');

const pct = (value) => `${value.toFixed(1)} %`;

/** Rows of [figure, measured, budget, met?] for the scroll: each size against its own floor. */
export function scrollBudgetRows(scroll) {
  const t = benchTargets.scroll;
  const rows = [];
  for (const [name, label, extra] of [
    ['phone390x844cpu1x', '390x844 DPR 3, CPU 1x', t.cpu1xExtraLostPoints],
    ['desktop1440x900cpu1x', '1440x900, CPU 1x', t.cpu1xExtraLostPoints],
    ['phone390x844cpu4x', '390x844 DPR 3, CPU 4x', t.cpu4xExtraLostPoints],
  ]) {
    const { story, floor } = scroll[name];
    rows.push([
      `Scroll ${label}: frames lost, story vs floor`,
      `${pct(story.framesLostPercent)} vs ${pct(floor.framesLostPercent)}`,
      `<= floor + ${extra} points`,
      story.framesLostPercent <= floor.framesLostPercent + extra,
    ]);
    if (name.endsWith('cpu1x'))
      rows.push([
        `Scroll ${label}: longest frame`,
        `${story.longestFrameMs.toFixed(0)} ms`,
        `<= ${t.longestFrameMs} ms`,
        story.longestFrameMs <= t.longestFrameMs,
      ]);
    else
      rows.push([
        `Scroll ${label}: long tasks (longest)`,
        `${story.longTasks} (${story.longestTaskMs.toFixed(0)} ms)`,
        'none',
        story.longTasks === 0,
      ]);
  }
  return rows;
}

/** Rows of [figure, measured, budget, met?]. */
export function budgetRows(result) {
  const t = benchTargets;
  const lh = t.lighthouseMobile;
  const phone = result.scroll.phone390x844cpu1x.story;
  const desktop = result.scroll.desktop1440x900cpu1x.story;
  const scrollCls = Math.max(phone.clsLoad + phone.clsScroll, desktop.clsLoad + desktop.clsScroll);
  if (!result.lighthouse)
    return [
      ...scrollBudgetRows(result.scroll),
      ['CLS, full scroll phone / desktop', scrollCls.toFixed(3), `<= ${t.cls}`, scrollCls <= t.cls],
    ];
  const mobile = result.lighthouse.mobile;
  return [
    [
      'JS, all scripts (gzip)',
      kb(result.bytes.js.gzip),
      `<= ${sizeBudgetsKb.js} KB`,
      result.bytes.js.gzip <= sizeBudgetsKb.js * 1024,
    ],
    [
      'CSS (gzip)',
      kb(result.bytes.css.gzip),
      `<= ${sizeBudgetsKb.css} KB`,
      result.bytes.css.gzip <= sizeBudgetsKb.css * 1024,
    ],
    [
      'First-view transfer (gzip)',
      kb(result.bytes.firstView.gzip),
      `<= ${sizeBudgetsKb.firstView} KB`,
      result.bytes.firstView.gzip <= sizeBudgetsKb.firstView * 1024,
    ],
    [
      'Lighthouse mobile perf / a11y / best practices / SEO',
      `${mobile.performance} / ${mobile.accessibility} / ${mobile.bestPractices} / ${mobile.seo}`,
      `>= ${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`,
      mobile.performance >= lh.performance &&
        mobile.accessibility >= lh.accessibility &&
        mobile.bestPractices >= lh.bestPractices &&
        mobile.seo >= lh.seo,
    ],
    ['LCP (Lighthouse mobile)', `${mobile.lcpMs} ms`, `<= ${t.lcpMs} ms`, mobile.lcpMs <= t.lcpMs],
    ['TBT (Lighthouse mobile)', `${mobile.tbtMs} ms`, `<= ${t.tbtMs} ms`, mobile.tbtMs <= t.tbtMs],
    [
      'CLS: load (Lighthouse mobile) / full scroll, worst of phone and desktop',
      `${mobile.cls.toFixed(3)} / ${scrollCls.toFixed(3)}`,
      `<= ${t.cls}`,
      Math.max(mobile.cls, scrollCls) <= t.cls,
    ],
    ...scrollBudgetRows(result.scroll),
    [
      'Cold build',
      `${result.buildSeconds} s`,
      `<= ${t.coldBuildSeconds} s`,
      result.buildSeconds <= t.coldBuildSeconds,
    ],
  ];
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const scrollLabels = {
  phone390x844cpu1x: '390x844 DPR 3, CPU 1x',
  desktop1440x900cpu1x: '1440x900, CPU 1x',
  phone390x844cpu4x: '390x844 DPR 3, CPU 4x',
  phone390x844cpu2x: '390x844 DPR 3, CPU 2x (context)',
};

function scrollSection(result) {
  const rows = Object.entries(result.scroll).map(([name, { story, floor, runs }]) => [
    scrollLabels[name] ?? name,
    `${pct(story.framesLostPercent)} (${runs.story.map((r) => r.framesLostPercent).join(', ')})`,
    `${pct(floor.framesLostPercent)} (${runs.floor.map((r) => r.framesLostPercent).join(', ')})`,
    `${(story.framesLostPercent - floor.framesLostPercent).toFixed(1)}`,
    `${story.longestFrameMs.toFixed(0)} / ${floor.longestFrameMs.toFixed(0)}`,
    `${story.p99Ms.toFixed(0)} / ${floor.p99Ms.toFixed(0)}`,
    `${story.longTasks} (${story.longestTaskMs.toFixed(0)} ms)`,
    (story.clsLoad + story.clsScroll).toFixed(3),
    story.reachedBottom && floor.reachedBottom ? 'yes' : '**no**',
  ]);
  return table(
    [
      'run',
      'story: frames lost (each run)',
      'floor: frames lost (each run)',
      'difference, points',
      'longest frame ms, story / floor',
      'p99 ms, story / floor',
      'story: long tasks',
      'story: CLS',
      'reached end',
    ],
    rows,
  );
}

export function reportMarkdown(result) {
  const size = (s) => `${kb(s.raw)} / ${kb(s.gzip)}`;
  const b = result.bytes;
  const lhRow = (name, l) => [
    name,
    l.performance,
    l.accessibility,
    l.bestPractices,
    l.seo,
    l.lcpMs,
    l.fcpMs,
    l.tbtMs,
    l.cls.toFixed(3),
    l.failing.join(', ') || 'none',
  ];
  const lighthouse = result.lighthouse
    ? `## Lighthouse ${result.lighthouseVersion}

${table(
  [
    'form factor',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'LCP ms',
    'FCP ms',
    'TBT ms',
    'CLS',
    'audits not passed (any run)',
  ],
  [
    lhRow('mobile', result.lighthouse.mobile),
    lhRow('desktop', result.lighthouse.desktop),
    lhRow('mobile, text only (floor)', result.lighthouse.mobileTextOnly),
  ],
)}

The floor is the story page with its graphics and scripts taken out (${kb(result.lighthouse.mobileTextOnly.htmlBytes)} of HTML): what loading the story's words, quotes and sources costs on this machine. A load budget the floor misses is out of reach of any change to the graphics.

Main thread at load (mobile, ms): ${Object.entries(result.lighthouse.mobile.mainThread)
        .map(([group, ms]) => `${group} ${ms}`)
        .join(', ')}.
`
    : '(Lighthouse not run: BENCH_ONLY=scroll.)\n';
  return `# Benchmark ${result.date}

Machine: ${result.machine}. Medians of ${result.runs} runs. ${result.note}

## Budgets

${table(
  ['figure', 'measured', 'budget', ''],
  budgetRows(result).map(([a, b2, c, ok]) => [a, b2, c, mark(ok)]),
)}

## Bytes of the story page (raw / gzip)

${table(['HTML (all)', 'inline SVG', 'CSS', 'JS', 'fonts', 'images', 'first view'], [[size(b.html), size(b.svg), size(b.css), size(b.js), size(b.fonts), size(b.images), size(b.firstView)]])}

Files: ${b.files.map((f) => `${f.file} ${kb(f.gzip)}${f.atLoad ? '' : ' (later)'}`).join('; ')}.

${lighthouse}
## Scroll (whole page, ~12 s, CDP synthesizeScrollGesture; story and floor alternating)

${scrollSection(result)}

Frames lost are time-weighted: the frames a 60 Hz display expected over the scroll minus the frames produced. The floor is the same built page with its module scripts taken out (same HTML, CSS and inline SVG): only the difference is the story's code.

Elements that shifted (share of CLS, load and scroll, story): ${Object.entries(result.scroll)
    .map(
      ([name, s]) =>
        `${name}: ${
          Object.entries(s.story.shiftSources)
            .map(([node, value]) => `${node} ${value}`)
            .join(', ') || 'none'
        }`,
    )
    .join('; ')}.
${result.buildSeconds === undefined ? '' : `\nCold build: ${result.buildSeconds} s.\n`}`;
}
