// The applicant's pages: a print button (shown only where scripts run, as the page's
// inline handlers are barred by the content security policy) and the error summary's focus.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
  var summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
});
