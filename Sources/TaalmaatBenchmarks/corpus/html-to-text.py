#!/usr/bin/env python3
"""Turns HTML help pages into plain text paragraphs for the benchmark corpus.

Usage: html-to-text.py OUTPUT.txt GLOB [GLOB ...]
"""
import glob, re, sys
from html.parser import HTMLParser
class P(HTMLParser):
    BLOCK={'p','div','li','h1','h2','h3','h4','h5','h6','br','tr','dt','dd','title','td','th','pre'}
    def __init__(s):
        super().__init__(convert_charrefs=True); s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style','head','code','pre'): s.skip+=1
        if t in s.BLOCK: s.out.append('\n')
    def handle_endtag(s,t):
        if t in ('script','style','head','code','pre'): s.skip=max(0,s.skip-1)
        if t in s.BLOCK: s.out.append('\n')
    def handle_data(s,d):
        if not s.skip: s.out.append(d)
def text(path):
    p=P(); p.feed(open(path,encoding='utf-8',errors='replace').read())
    t=''.join(p.out)
    t=re.sub(r'[ \t\u00a0]+',' ',t); t=re.sub(r' *\n *','\n',t); t=re.sub(r'\n{3,}','\n\n',t)
    return t.strip()
out=[]
for pattern in sys.argv[2:]:
    for f in sorted(glob.glob(pattern, recursive=True)):
        out.append(text(f))
s='\n\n'.join(x for x in out if x)
open(sys.argv[1],'w').write(s)
print(sys.argv[1], len(s.encode()))
