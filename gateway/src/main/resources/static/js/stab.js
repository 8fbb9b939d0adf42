// Live numbers for the staff pages: reporting's stream (through the gateway's
// /stab/direkte) says which workshop changed; the page then fetches itself again and
// swaps the #direkte region. Without JavaScript, or if the stream is away, the page
// still shows the numbers as of its last load.
(function () {
	'use strict';
	var live = document.body.getAttribute('data-live');
	var region = document.getElementById('direkte');
	var status = document.getElementById('direkte-status');
	if (!live || !region || !window.EventSource || !window.fetch || !window.DOMParser) {
		return;
	}
	var loading = false;
	var again = false;
	// Once the page is being left (a form sent, a link followed), it fetches itself no
	// more: such a fetch would reach the server between a form's answer and the browser's
	// next page, and take the one-time "saved" message meant for that page.
	var leaving = false;

	function refresh() {
		if (leaving) {
			return;
		}
		if (loading) {
			again = true;
			return;
		}
		loading = true;
		fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error(String(response.status));
				}
				return response.text();
			})
			.then(function (html) {
				var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('direkte');
				if (fresh) {
					// a keyboard user on the map (or any element with an id) keeps their place
					var focused = document.activeElement;
					var place = (focused && region.contains(focused))
						? (focused.getAttribute('data-kommune') ? '[data-kommune="' + focused.getAttribute('data-kommune') + '"]'
							: (focused.id ? '#' + focused.id : null))
						: null;
					region.innerHTML = fresh.innerHTML;
					var same = place ? region.querySelector(place) : null;
					if (same) {
						same.focus();
					}
					region.setAttribute('data-updated', String(Date.now()));
					if (status) {
						status.textContent = 'Tallene ble oppdatert ' + new Date().toLocaleTimeString('nb-NO') + '.';
					}
				}
			})
			.catch(function () {
				// the next event tries again
			})
			.then(function () {
				loading = false;
				if (again) {
					again = false;
					refresh();
				}
			});
	}

	var stream = new EventSource('/stab/direkte');
	function leave() {
		leaving = true;
		stream.close();
	}
	document.addEventListener('submit', function (event) {
		// after every handler has had its say: a form a script stopped is not sent
		setTimeout(function () {
			if (!event.defaultPrevented) {
				leave();
			}
		}, 0);
	});
	window.addEventListener('pagehide', leave);
	// a new subscription may have missed events while it was away
	stream.addEventListener('subscribed', refresh);
	stream.addEventListener('workshop-changed', function (event) {
		var changed = null;
		try {
			changed = JSON.parse(event.data).workshopId;
		}
		catch (ignored) {
			changed = null;
		}
		if (live === 'alle' || changed === null || changed === live) {
			refresh();
		}
	});
}());
