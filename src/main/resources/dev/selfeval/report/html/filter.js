// Filters, sorting and paging. Every form, finding and row is in the page without this script; it only
// hides and orders them, and shows the table of forms a page at a time. The filters and the order can also be given in the address:
// report.html?severity=ERROR&rule=…&dept=…&q=…&sort=errors (stated, recomputed, difference, errors, warnings, infos; most first)
(function () {
  var rank = { ERROR: 0, WARNING: 1, INFO: 2, NONE: 3 };
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel) { return Array.prototype.slice.call(document.querySelectorAll(sel)); };
  var nav = $('filters');
  nav.hidden = false;
  var sev = $('f-severity'), rule = $('f-rule'), dept = $('f-dept'), q = $('f-q');
  var given = new URLSearchParams(location.search);
  if (given.get('severity')) sev.value = given.get('severity');
  if (given.get('rule')) rule.value = given.get('rule');
  if (given.get('dept')) dept.value = given.get('dept');
  if (given.get('q')) q.value = given.get('q');

  function findingShown(tr) {
    return (!sev.value || rank[tr.dataset.severity] <= rank[sev.value]) && (!rule.value || tr.dataset.rule === rule.value);
  }
  function formShown(el) {
    return (!dept.value || el.dataset.dept === dept.value)
      && (!q.value || (el.dataset.project || '').indexOf(q.value.trim()) >= 0)
      && (!sev.value || rank[el.dataset.worst] <= rank[sev.value])
      && (!rule.value || (' ' + el.dataset.rules + ' ').indexOf(' ' + rule.value + ' ') >= 0);
  }
  // an element's hidden state is written only when it changes: a big report has tens of thousands of rows
  function show(el, shown) { if (el.hidden === shown) el.hidden = !shown; }
  // the table of forms shows PAGE rows at a time (of those the filters let through)
  var PAGE = 100, page = 0, pager = $('pager');
  function paged() {
    var rows = all('table.form-table tbody tr'), n = 0;
    rows.forEach(function (tr) {
      var pass = formShown(tr);
      show(tr, pass && n >= page * PAGE && n < (page + 1) * PAGE);
      if (pass) n++;
    });
    var pages = Math.max(1, Math.ceil(n / PAGE));
    if (page >= pages) { page = pages - 1; return paged(); }
    pager.hidden = pages < 2;
    $('page-at').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页（共 ' + n + ' 张表）';
    $('page-prev').disabled = page === 0;
    $('page-next').disabled = page + 1 >= pages;
  }
  $('page-prev').addEventListener('click', function () { page--; paged(); });
  $('page-next').addEventListener('click', function () { page++; paged(); });
  function apply() {
    all('tr.finding').forEach(function (tr) { show(tr, findingShown(tr)); });
    var shown = 0;
    all('section.form').forEach(function (s) { show(s, formShown(s)); if (!s.hidden) shown++; });
    page = 0;
    paged();
    all('table.by-rule tbody tr').forEach(function (tr) { show(tr, !rule.value || tr.dataset.rule === rule.value); });
    $('f-shown').textContent = '显示 ' + shown + ' 张表';
  }
  [sev, rule, dept].forEach(function (el) { el.addEventListener('change', apply); });
  q.addEventListener('input', apply);

  all('th button[data-sort]').forEach(function (b) {
    b.addEventListener('click', function () {
      var key = b.dataset.sort, body = document.querySelector('table.form-table tbody');
      var down = b.dataset.dir !== 'desc';
      b.dataset.dir = down ? 'desc' : 'asc';
      var rows = all('table.form-table tbody tr');
      rows.sort(function (x, y) {
        var a = parseFloat(x.dataset[key]), c = parseFloat(y.dataset[key]);
        a = isNaN(a) ? -Infinity : a; c = isNaN(c) ? -Infinity : c;
        return down ? c - a : a - c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      page = 0;
      paged();
    });
  });
  apply();
  var by = document.querySelector('th button[data-sort="' + given.get('sort') + '"]');
  if (by) by.click();
})();
