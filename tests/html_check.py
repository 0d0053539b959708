#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Check skema's HTML report as a browser and a printer would need it.

    html_check.py SKEMA FILE.yaml [--expect TEXT]... [--no-chart] [SKEMA OPTION]...

Runs `SKEMA check --format=html [OPTION]... FILE.yaml` (exit 0 or 1 are
both reports) and fails unless the page is one self-contained, well-formed
document: every non-void element closed, in order; exactly one <svg>,
which is well-formed XML (none when the page has no tables, for a file
that did not load, or with --no-chart, for one without amounts); no script, no on* attribute, nothing fetched
(every src/href a #fragment, no url() or @import leaving the page);
<meta charset="utf-8">; and each --expect TEXT in the visible text.
Only the standard library, so it runs wherever the tests do.
"""
import html.parser
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link',
        'meta', 'source', 'track', 'wbr'}
# Text inside these is not shown on the page.
HIDDEN = {'head', 'style', 'script', 'title', 'template'}
SVG_NS = 'http://www.w3.org/2000/svg'


class Fail(Exception):
    pass


class Page(html.parser.HTMLParser):
    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.lines = [0]
        for line in source.splitlines(keepends=True):
            self.lines.append(self.lines[-1] + len(line))
        self.stack = []          # (tag, line) of open elements
        self.errors = []
        self.doctype = None
        self.first = True        # nothing but the doctype yet
        self.svgs = []           # (start, end) offsets of each <svg>
        self.svg_start = None
        self.charset = False
        self.text = []
        self.counts = {}

    def abs_offset(self):
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def where(self):
        return 'line %d' % self.getpos()[0]

    def error(self, message):
        self.errors.append('%s: %s' % (self.where(), message))

    def handle_decl(self, decl):
        if not self.first or self.doctype is not None:
            self.error('<!%s> is not at the start' % decl)
        self.doctype = decl

    def in_svg(self):
        return any(tag == 'svg' for tag, _ in self.stack)

    def attributes(self, tag, attrs):
        for name, value in attrs:
            value = value or ''
            if name.startswith('on'):
                self.error('<%s %s=...>: an event handler' % (tag, name))
            if name in ('src', 'href', 'xlink:href', 'action', 'formaction',
                        'data', 'poster', 'srcset', 'background'):
                if not value.startswith('#'):
                    self.error('<%s %s="%s">: not a #fragment' % (tag, name, value))
            if name == 'xmlns' and tag == 'svg' and value == SVG_NS:
                continue
            if '://' in value or re.search(r'url\(\s*[\'"]?(?!#)', value):
                self.error('<%s %s="%s">: refers outside the page' % (tag, name, value))
            if name == 'style':
                self.check_css(value)

    def check_css(self, css):
        if '@import' in css:
            self.error('@import in the style')
        if '@font-face' in css:
            self.error('@font-face (a web font) in the style')
        for m in re.finditer(r'url\(\s*[\'"]?([^)\'"]*)', css):
            if not m.group(1).startswith('#'):
                self.error('url(%s) in the style' % m.group(1))
        if re.search(r'https?://', css):
            self.error('a URL in the style')

    def start(self, tag, attrs, closed):
        self.first = False
        # the chart's <title> is its own; the page's is counted apart
        key = 'svg title' if tag == 'title' and self.in_svg() else tag
        self.counts[key] = self.counts.get(key, 0) + 1
        if tag in ('script', 'iframe', 'object', 'embed', 'link', 'img',
                   'base', 'frame', 'applet', 'audio', 'video', 'source'):
            self.error('<%s>: not allowed in a self-contained report' % tag)
        if tag == 'meta' and dict(attrs).get('charset', '').lower() == 'utf-8':
            self.charset = True
        if tag == 'meta' and dict(attrs).get('http-equiv', '').lower() == 'refresh':
            self.error('<meta http-equiv="refresh">')
        if tag == 'html':
            lang = dict(attrs).get('lang')
            if lang not in ('da', 'en'):
                self.error('<html lang=%r>: not da or en' % lang)
        self.attributes(tag, attrs)
        if tag == 'svg':
            if self.in_svg():
                self.error('<svg> inside <svg>')
            self.svg_start = self.abs_offset()
        if tag in VOID:
            return
        if closed:
            # "<div/>" does not close a div in HTML; only in SVG's XML
            if not self.in_svg():
                self.error('<%s/>: self-closing a non-void element' % tag)
            return
        self.stack.append((tag, self.getpos()[0]))

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, False)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, True)

    def handle_endtag(self, tag):
        if tag in VOID:
            self.error('</%s>: a void element has no end tag' % tag)
            return
        if not self.stack:
            self.error('</%s> closes nothing' % tag)
            return
        open_tag, line = self.stack[-1]
        if open_tag != tag:
            self.error('</%s> closes <%s> of line %d' % (tag, open_tag, line))
            # recover if the tag is open further down, to report once
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    del self.stack[i:]
                    break
            return
        self.stack.pop()
        if tag == 'svg':
            end = self.source.index('>', self.abs_offset()) + 1
            self.svgs.append((self.svg_start, end))

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        if tags and tags[-1] == 'style':
            self.check_css(data)
            return
        if data.strip() and not tags:
            self.error('text outside <html>: %r' % data.strip()[:40])
        if not any(tag in HIDDEN for tag in tags):
            self.text.append(data)

    def handle_pi(self, data):
        self.error('processing instruction <?%s>' % data)

    def close(self):
        super().close()
        for tag, line in self.stack:
            self.errors.append('<%s> of line %d is never closed' % (tag, line))


def run(argv):
    if len(argv) < 3:
        raise Fail('usage: html_check.py SKEMA FILE.yaml [--expect TEXT]... [--no-chart] [OPTION]...')
    skema, yaml_file = argv[1], argv[2]
    expects, options, chart = [], [], True
    rest = iter(argv[3:])
    for arg in rest:
        if arg == '--no-chart':
            chart = False
        elif arg == '--expect':
            try:
                expects.append(next(rest))
            except StopIteration:
                raise Fail('--expect needs a TEXT')
        elif arg.startswith('--expect='):
            expects.append(arg[len('--expect='):])
        else:
            options.append(arg)

    command = [skema, 'check', '--format=html'] + options + [yaml_file]
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1):
        raise Fail('%s: exit %d\n%s' % (' '.join(command), proc.returncode,
                                        proc.stderr.decode('utf-8', 'replace')))
    try:
        source = proc.stdout.decode('utf-8')
    except UnicodeDecodeError as e:
        raise Fail('the page is not UTF-8: %s' % e)

    page = Page(source)
    page.feed(source)
    page.close()
    errors = list(page.errors)
    if page.doctype is None or page.doctype.lower() != 'doctype html':
        errors.append('no <!DOCTYPE html> at the start')
    if not page.charset:
        errors.append('no <meta charset="utf-8">')
    for tag, want in (('html', 1), ('head', 1), ('body', 1), ('title', 1),
                      ('style', 1)):
        got = page.counts.get(tag, 0)
        if got != want:
            errors.append('%d <%s> elements, not %d' % (got, tag, want))
    # the chart comes with the tables; a file that did not load has neither
    svgs = 1 if chart and page.counts.get('table', 0) > 0 else 0
    if len(page.svgs) != svgs:
        errors.append('%d <svg> elements, not %d' % (len(page.svgs), svgs))
    for start, end in page.svgs:
        try:
            svg = ET.fromstring(source[start:end])
        except ET.ParseError as e:
            errors.append('the <svg> is not well-formed XML: %s' % e)
            continue
        if svg.tag != '{%s}svg' % SVG_NS:
            errors.append('the <svg> is not in the SVG namespace')
        if svg.get('role') != 'img' or not svg.get('viewBox'):
            errors.append('the <svg> needs role="img" and a viewBox')
        if svg.find('{%s}title' % SVG_NS) is None:
            errors.append('the <svg> has no <title>')

    visible = re.sub(r'\s+', ' ', ''.join(page.text))
    for text in expects:
        if text not in visible:
            errors.append('%r is not in the visible text' % text)

    if errors:
        raise Fail('\n'.join('%s: %s' % (' '.join(command), e) for e in errors))


def main():
    try:
        run(sys.argv)
    except Fail as e:
        print(e, file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
