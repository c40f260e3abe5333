"""Product search views for the storefront (Django)."""
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Product


def search(request):
    q = request.GET.get("q", "")
    category = request.GET.get("category", "all")
    if category == "all":
        # expect: injection.sql
        products = Product.objects.raw(f"SELECT * FROM shop_product WHERE name ILIKE '%%{q}%%'")
    else:
        # ok: injection.sql
        products = Product.objects.raw(
            "SELECT * FROM shop_product WHERE name ILIKE %s AND category = %s",
            [f"%{q}%", category],
        )
    # expect: injection.xss
    banner = mark_safe(f"<p class='hint'>Results for <em>{q}</em></p>")
    return render(request, "shop/search.html", {"products": products, "banner": banner})


def price_histogram(request):
    bucket = request.GET.get("bucket", "10")
    with connection.cursor() as cursor:
        # expect: injection.sql
        cursor.execute(
            "SELECT width_bucket(price, 0, 1000, " + bucket + ") AS b, count(*) "
            "FROM shop_product GROUP BY b ORDER BY b"
        )
        rows = cursor.fetchall()
    return JsonResponse({"buckets": rows})


def product_badge(request, pk):
    product = Product.objects.get(pk=pk)
    # ok: injection.xss
    badge = format_html("<span class='badge'>{}</span>", product.name)
    # ok: injection.xss
    legend = mark_safe("<small>Prices include VAT</small>")
    return render(request, "shop/badge.html", {"badge": badge, "legend": legend})
