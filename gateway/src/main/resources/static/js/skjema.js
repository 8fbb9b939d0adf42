// Progressive enhancement for the forms; they work without it.
// After a refused submit, move focus to the error summary so that keyboard and screen
// reader users start there; a summary link then moves focus to its field, not only the
// scroll position.
(function () {
	'use strict';
	var summary = document.getElementById('feiloppsummering');
	if (!summary) {
		return;
	}
	summary.focus();
	summary.addEventListener('click', function (event) {
		var link = event.target.closest('a[href^="#"]');
		if (!link) {
			return;
		}
		var field = document.getElementById(link.getAttribute('href').substring(1));
		if (field) {
			event.preventDefault();
			field.focus();
			field.scrollIntoView({ block: 'center' });
		}
	});
}());
