// The search page's filters: folded under their summary on a phone (docs/portal.md), open on a wide screen.
// Without script they stay folded unless a filter is chosen; the summary opens them.
(function () {
  if (window.matchMedia('(min-width: 801px)').matches) {
    document.querySelectorAll('details.search-filters').forEach(function (details) { details.open = true; });
  }
})();
