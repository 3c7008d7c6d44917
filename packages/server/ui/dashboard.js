// The Switchyard dashboard's page script: plain browser JavaScript, served by the gateway as is.
// Every figure comes from the data routes under ui/api/, asked with the admin key in the
// Authorization header; the key lives in this tab's sessionStorage, never in a URL. Text from the
// gateway (tenant, model and provider names) is only ever set as textContent.
(() => {
  const keyName = 'switchyard-admin-key';
  const liveRowsShown = 200;
  const refreshMs = 5_000;
  const reconnectMs = 2_000;
  const palette = ['#2b59c3', '#e8833a', '#1f8a4c', '#c0392b', '#8e44ad', '#16a2b8', '#b7791f', '#5d6d7e'];

  const byId = (id) => document.getElementById(id);
  let adminKey = sessionStorage.getItem(keyName);
  let windowName = 'day';
  let refreshTimer;
  let liveAbort;
  let soonTimer;
  const charts = new Map();

  // --- formatting ---------------------------------------------------------------------------

  const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  function dollars(value) {
    if (value === undefined || value === null) return '–';
    if (value === 0) return '$0';
    const digits = Math.abs(value) < 0.01 ? 6 : Math.abs(value) < 1 ? 4 : 2;
    return `$${value.toFixed(digits)}`;
  }
  const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  /** A chart's axis tick: short, so it fits beside the chart. */
  function dollarTick(value) {
    if (value === 0) return '$0';
    return Math.abs(value) >= 1 ? `$${compact.format(value)}` : `$${Number(value.toPrecision(2))}`;
  }
  function percent(value) {
    return `${(value * 100).toFixed(value > 0 && value < 0.01 ? 2 : 1)}%`;
  }
  function millis(value) {
    if (value === undefined || value === null) return '–';
    return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
  }
  function clock(ms) {
    return new Date(ms).toLocaleTimeString([], { hour12: false });
  }

  // --- DOM helpers ----------------------------------------------------------------------------

  function cell(text, options = {}) {
    const td = document.createElement('td');
    td.textContent = text;
    if (options.field) td.dataset.field = options.field;
    if (options.number) td.className = 'number';
    return td;
  }
  function replaceRows(tbody, rows) {
    tbody.replaceChildren(...rows);
  }

  // --- access ---------------------------------------------------------------------------------

  async function api(path, init = {}) {
    const response = await fetch(path, {
      ...init,
      cache: 'no-store',
      headers: { authorization: `Bearer ${adminKey}` },
    });
    if (response.status === 401 || response.status === 403) {
      signOut('That is not the admin key.');
      return undefined;
    }
    if (!response.ok) throw new Error(`${path}: the gateway answered ${response.status}`);
    return response;
  }

  function showLogin(message) {
    byId('dashboard').hidden = true;
    byId('windows').hidden = true;
    byId('sign-out').hidden = true;
    byId('live-status').hidden = true;
    byId('login').hidden = false;
    byId('login-error').textContent = message ?? '';
    byId('admin-key').focus();
  }

  function signOut(message) {
    adminKey = null;
    sessionStorage.removeItem(keyName);
    clearInterval(refreshTimer);
    liveAbort?.abort();
    showLogin(message);
  }

  async function open() {
    const loaded = await refresh();
    if (!loaded) return;
    byId('login').hidden = true;
    byId('dashboard').hidden = false;
    byId('windows').hidden = false;
    byId('sign-out').hidden = false;
    byId('live-status').hidden = false;
    resizeCharts();
    clearInterval(refreshTimer);
    refreshTimer = setInterval(refresh, refreshMs);
    followLive();
  }

  // --- summary --------------------------------------------------------------------------------

  async function refresh() {
    let summary;
    try {
      const response = await api(`ui/api/summary?window=${windowName}`);
      if (response === undefined) return false;
      summary = await response.json();
    } catch (error) {
      const message = `Cannot read the figures (${error.message})`;
      byId('live-status').textContent = message;
      if (byId('dashboard').hidden) showLogin(message);
      return false;
    }
    renderTotals(summary);
    renderTenants(summary);
    renderProviders(summary);
    renderCaches(summary);
    return true;
  }

  /** A refresh shortly after a request completes, so the figures follow the live table. */
  function refreshSoon() {
    clearTimeout(soonTimer);
    soonTimer = setTimeout(refresh, 500);
  }

  function renderTotals(summary) {
    const sum = (field) => summary.tenants.reduce((total, tenant) => total + tenant[field], 0);
    const requests = summary.tenants.length > 0 ? sum('requests') : summary.caches.requests;
    byId('total-requests').textContent = integer.format(requests);
    byId('total-errors').textContent = integer.format(
      summary.tenants.length > 0
        ? sum('errors')
        : summary.providers.reduce((total, p) => total + p.errors, 0),
    );
    byId('total-spend').textContent = dollars(sum('costUsd'));
    byId('cache-hit-rate').textContent = percent(summary.caches.hitRate);
    byId('cache-saved').textContent = dollars(summary.caches.savedUsd);
  }

  function renderTenants(summary) {
    const rows = summary.tenants.map((tenant) => {
      const tr = document.createElement('tr');
      tr.dataset.tenant = tenant.name;
      tr.append(
        cell(tenant.name, { field: 'name' }),
        cell(integer.format(tenant.requests), { field: 'requests', number: true }),
        cell(integer.format(tenant.errors), { field: 'errors', number: true }),
        cell(integer.format(tenant.tokens), { field: 'tokens', number: true }),
        cell(dollars(tenant.costUsd), { field: 'spend', number: true }),
        budgetCell(tenant.budget),
        limitCell(tenant.thisMinute.requests, tenant.limits.requestsPerMinute, 'minute-requests'),
        limitCell(tenant.thisMinute.tokens, tenant.limits.tokensPerMinute, 'minute-tokens'),
      );
      return tr;
    });
    replaceRows(byId('tenant-table').tBodies[0], rows);
    const names = summary.tenants.map((tenant) => tenant.name);
    drawChart('chart-tenant-requests', summary.buckets, names, (i) => summary.tenants[i].series.requests);
    drawChart('chart-tenant-tokens', summary.buckets, names, (i) => summary.tenants[i].series.tokens);
    drawChart(
      'chart-tenant-spend',
      summary.buckets,
      names,
      (i) => summary.tenants[i].series.costUsd,
      dollars,
    );
  }

  function budgetCell(budget) {
    const td = cell('', { field: 'budget' });
    if (budget === undefined) {
      td.textContent = 'none';
      return td;
    }
    const bar = document.createElement('progress');
    bar.max = budget.usd;
    bar.value = Math.min(budget.spentUsd, budget.usd);
    const period =
      budget.period === 'day'
        ? 'today'
        : budget.period === 'month'
          ? 'this month'
          : `in this ${budget.period} s window`;
    const text = document.createElement('span');
    text.textContent = `${dollars(budget.spentUsd)} of ${dollars(budget.usd)} ${period}`;
    if (budget.spentUsd >= budget.usd) text.className = 'over';
    td.append(bar, text);
    return td;
  }

  function limitCell(used, limit, field) {
    const td = cell(
      limit === undefined ? integer.format(used) : `${integer.format(used)} / ${integer.format(limit)}`,
      {
        field,
        number: true,
      },
    );
    if (limit !== undefined && used >= limit) td.className = 'number over';
    return td;
  }

  function renderProviders(summary) {
    const rows = summary.providers.map((provider) => {
      const tr = document.createElement('tr');
      tr.dataset.provider = provider.name;
      tr.append(
        cell(provider.name, { field: 'name' }),
        cell(integer.format(provider.requests), { field: 'requests', number: true }),
        cell(percent(provider.errorRate), { field: 'error-rate', number: true }),
        cell(millis(provider.latencyMs.p50), { field: 'p50', number: true }),
        cell(millis(provider.latencyMs.p95), { field: 'p95', number: true }),
        cell(millis(provider.latencyMs.p99), { field: 'p99', number: true }),
        cell(integer.format(provider.retries), { field: 'retries', number: true }),
        cell(integer.format(provider.fallbacks), { field: 'fallbacks', number: true }),
      );
      return tr;
    });
    replaceRows(byId('provider-table').tBodies[0], rows);
    const names = summary.providers.map((provider) => provider.name);
    drawChart('chart-provider-requests', summary.buckets, names, (i) => summary.providers[i].series.requests);
    drawChart('chart-provider-errors', summary.buckets, names, (i) => summary.providers[i].series.errors);

    const circuits = summary.circuits.map((circuit) => {
      const tr = document.createElement('tr');
      tr.dataset.circuit = circuit.name;
      const state = cell(circuit.state, { field: 'state' });
      state.className = `state-${circuit.state}`;
      tr.append(
        cell(circuit.name, { field: 'name' }),
        state,
        cell(circuit.since === undefined ? '–' : clock(circuit.since)),
      );
      return tr;
    });
    replaceRows(byId('circuit-table').tBodies[0], circuits);
    byId('circuit-table').hidden = circuits.length === 0;
    byId('circuits-empty').hidden = circuits.length > 0;
  }

  function renderCaches(summary) {
    const caches = summary.caches;
    const set = (name, hits, rate) => {
      const row = document.querySelector(`#cache-table tr[data-cache="${name}"]`);
      row.querySelector('[data-field="hits"]').textContent = integer.format(hits);
      row.querySelector('[data-field="rate"]').textContent = percent(rate);
    };
    set('simple', caches.simpleHits, caches.simpleHitRate);
    set('semantic', caches.semanticHits, caches.semanticHitRate);
    drawChart('chart-cache-hits', summary.buckets, ['simple', 'semantic'], (i) =>
      i === 0 ? caches.series.simpleHits : caches.series.semanticHits,
    );
    drawChart('chart-cache-saved', summary.buckets, ['saved'], () => caches.series.savedUsd, true);
  }

  // --- charts (uPlot) ----------------------------------------------------------------------------

  function chartWidth(target) {
    return Math.max(280, target.clientWidth);
  }

  /** Draws (or updates) a line chart of one series per name over the window's buckets, in dollars or counts. */
  function drawChart(id, buckets, names, seriesOf, inDollars = false) {
    const target = byId(id);
    const data = [buckets.map((start) => start / 1000), ...names.map((_, index) => seriesOf(index))];
    const signature = names.join('\u0000');
    const existing = charts.get(id);
    if (existing !== undefined && existing.signature === signature) {
      existing.chart.setData(data);
      return;
    }
    existing?.chart.destroy();
    const tick = inDollars ? dollarTick : (value) => compact.format(value);
    const chart = new uPlot(
      {
        width: chartWidth(target),
        height: 200,
        series: [
          {},
          ...names.map((name, index) => ({
            label: name,
            stroke: palette[index % palette.length],
            width: 2,
            points: { show: false },
          })),
        ],
        axes: [{}, { size: 56, values: (_, ticks) => ticks.map(tick) }],
        scales: { y: { range: (_, _min, max) => [0, Math.max(max, 1e-9) * 1.1] } },
        legend: { live: false },
      },
      data,
      target,
    );
    charts.set(id, { chart, signature });
  }

  function resizeCharts() {
    for (const [id, { chart }] of charts) chart.setSize({ width: chartWidth(byId(id)), height: 200 });
  }

  // --- live requests (server-sent events read with fetch, so the key stays in a header) ---------

  async function followLive() {
    liveAbort?.abort();
    const abort = new AbortController();
    liveAbort = abort;
    const status = byId('live-status');
    while (!abort.signal.aborted) {
      try {
        const response = await fetch('ui/api/live', {
          cache: 'no-store',
          headers: { authorization: `Bearer ${adminKey}`, accept: 'text/event-stream' },
          signal: abort.signal,
        });
        if (response.status === 401 || response.status === 403) {
          signOut('That is not the admin key.');
          return;
        }
        if (!response.ok || response.body === null)
          throw new Error(`the gateway answered ${response.status}`);
        byId('live-table').tBodies[0].replaceChildren();
        await readEvents(response.body, (event, data) => {
          if (event === 'ready') {
            status.textContent = 'Live';
            status.className = 'status live';
          } else if (event === 'row') {
            addLiveRow(JSON.parse(data));
            refreshSoon();
          }
        });
      } catch (error) {
        if (abort.signal.aborted) return;
        status.textContent = `Reconnecting (${error.message})`;
      }
      if (abort.signal.aborted) return;
      status.className = 'status';
      await new Promise((resolve) => setTimeout(resolve, reconnectMs));
    }
  }

  /** Calls `onEvent(event, data)` for each server-sent event of `body` until it ends. */
  async function readEvents(body, onEvent) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length > 0) onEvent(event, data.join('\n'));
        end = buffer.indexOf('\n\n');
      }
    }
  }

  function addLiveRow(row) {
    const tbody = byId('live-table').tBodies[0];
    const tr = document.createElement('tr');
    tr.dataset.traceId = row.traceId;
    if (row.tenant !== undefined) tr.dataset.tenant = row.tenant;
    if (row.status === undefined || row.status >= 400) tr.className = 'failed';
    const tokens =
      row.inputTokens === undefined
        ? '–'
        : `${integer.format(row.inputTokens)} / ${integer.format(row.outputTokens)}`;
    const provider = row.provider ?? (/HIT$/.test(row.cacheStatus ?? '') ? 'cache' : '–');
    tr.append(
      cell(clock(row.time), { field: 'time' }),
      cell(row.tenant ?? '–', { field: 'tenant' }),
      cell(row.target === undefined ? provider : `${provider} (${row.target})`, { field: 'provider' }),
      cell(row.model ?? '–', { field: 'model' }),
      cell(row.status === undefined ? (row.errorCode ?? row.outcome) : String(row.status), {
        field: 'status',
      }),
      cell(millis(row.latencyMs), { field: 'latency', number: true }),
      cell(millis(row.timeToFirstTokenMs), { field: 'ttft', number: true }),
      cell(tokens, { field: 'tokens', number: true }),
      cell(dollars(row.costUsd), { field: 'cost', number: true }),
      cell(row.cacheStatus ?? '–', { field: 'cache' }),
      cell(String(row.retries), { field: 'retries', number: true }),
    );
    if (row.input !== undefined || row.output !== undefined) {
      tr.title = `${JSON.stringify(row.input ?? '')}\n→ ${row.output ?? ''}`;
    }
    if (tbody.rows.length > 0) tr.classList.add('fresh');
    tbody.prepend(tr);
    while (tbody.rows.length > liveRowsShown) tbody.lastElementChild.remove();
    byId('live-empty').hidden = true;
  }

  // --- wiring -----------------------------------------------------------------------------------

  byId('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    adminKey = byId('admin-key').value;
    byId('admin-key').value = '';
    sessionStorage.setItem(keyName, adminKey);
    open();
  });
  byId('sign-out').addEventListener('click', () => signOut());
  for (const button of byId('windows').querySelectorAll('button')) {
    button.addEventListener('click', () => {
      windowName = button.dataset.window;
      for (const other of byId('windows').querySelectorAll('button')) {
        other.setAttribute('aria-pressed', String(other === button));
      }
      refresh();
    });
  }
  window.addEventListener('resize', resizeCharts);

  if (adminKey) open();
  else showLogin();
})();
