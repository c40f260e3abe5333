/* global $ */
// Client-side search results page (jQuery).
(function () {
  'use strict';

  const params = new URLSearchParams(window.location.search);
  const query = params.get('q') || '';

  function resultRow(item) {
    return $('<li class="result"/>')
      .append($('<a/>').attr('href', '/products/' + encodeURIComponent(item.slug)).text(item.name))
      .append($('<span class="price"/>').text(item.price));
  }

  function showSummary(count) {
    // expect: injection.xss
    $('#summary').html('<p>' + count + ' results for <b>' + query + '</b></p>');
  }

  function showError(message) {
    // ok: injection.xss
    $('#summary').text('Search failed: ' + message);
  }

  function showLegacyBanner() {
    if (params.has('legacy')) {
      // expect: injection.xss
      document.write('<div class="banner">You came from ' + document.referrer + '</div>');
    }
    // ok: injection.xss
    $('#footer-note').html('<small>Prices include VAT</small>');
  }

  $(function () {
    $('#q').val(query);
    showLegacyBanner();
    $.getJSON('/api/search', { q: query })
      .done(function (data) {
        showSummary(data.total);
        const list = $('#results').empty();
        data.items.forEach(function (item) {
          list.append(resultRow(item));
        });
      })
      .fail(function (xhr) {
        showError(xhr.statusText);
      });
  });
})();
