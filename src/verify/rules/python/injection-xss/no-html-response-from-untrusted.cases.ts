import { defineCases } from '../../../engine/rule.js'

export default defineCases({
  valid: [
    'import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route("/hi")\ndef hi():\n    return "<h1>Hello " + html.escape(request.args["name"]) + "</h1>"',
    'from flask import Flask, render_template, request\napp = Flask(__name__)\n@app.route("/hi")\ndef hi():\n    return render_template("hi.html", name=request.args["name"])',
    'from flask import Flask, jsonify, request\napp = Flask(__name__)\n@app.route("/echo")\ndef echo():\n    return jsonify(request.json)',
    'from django.http import HttpResponse\ndef view(request):\n    return HttpResponse("<h1>Hello</h1>")',
    'from django.http import HttpResponse\ndef view(request):\n    return HttpResponse(request.GET["q"], content_type="text/plain")',
    'def helper(name):\n    return "<b>" + name + "</b>"',
    '# return f"<h1>{name}</h1>" is XSS\nprint("HttpResponse(x)")',
    'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/hi")\ndef hi(name: str):\n    return f"<h1>{name}</h1>"',
  ],
  invalid: [
    { code: 'from flask import Flask, request\napp = Flask(__name__)\n@app.route("/hi")\ndef hi():\n    name = request.args.get("name", "")\n    return f"<h1>Hello {name}</h1>"', line: 6 },
    { code: 'from django.http import HttpResponse\ndef view(request):\n    q = request.GET.get("q")\n    return HttpResponse("<p>Results for " + q + "</p>")', line: 4 },
    { code: 'from flask import Flask, request, make_response\napp = Flask(__name__)\n@app.route("/e")\ndef e():\n    return make_response(request.args["msg"])', line: 5 },
    { code: 'from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\napp = FastAPI()\n@app.get("/hi")\ndef hi(name: str):\n    return HTMLResponse(f"<h1>{name}</h1>")', line: 6 },
    { code: 'from django.http import HttpResponse\ndef render_row(item):\n    html = "<tr><td>%s</td></tr>" % item\n    return HttpResponse(html)', line: 4 },
  ],
})
