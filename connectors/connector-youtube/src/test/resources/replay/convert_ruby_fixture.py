"""Converts debate-watch/youtube-data-api-ruby spec/fixtures/responses/video.rb (a Ruby hash literal) to JSON.

Only the Ruby hash arrow `"key"=>value` becomes `"key": value`; keys, values and their order are unchanged.
Usage: python3 convert_ruby_fixture.py video.rb > youtube-data-api-ruby/video.json
"""
import json
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
as_json = re.sub(r'"\s*=>\s*', '": ', text)
print(json.dumps(json.loads(as_json), indent=2, ensure_ascii=False))
