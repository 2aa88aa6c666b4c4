# Writes core's porter-reference.tsv: a sample of English words with their stems from Snowball's "porter" stemmer
# (Martin Porter's own coding of the original 1980 algorithm), which PorterStemmerTest asserts word by word.
# Run with Debian's packages (PyStemmer over libstemmer, and the American English word list):
#   apt-get install python3-stemmer wamerican
#   /usr/bin/python3 core/src/test/reference/porter-reference.py > core/src/test/resources/shaktiman/core/text/porter-reference.tsv
import re
import subprocess

import Stemmer

SAMPLE_EVERY = 25
# The paper's own examples, the rule boundaries, and words that MCP-40's acceptance queries depend on.
EXTRA = """caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping
tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci digitizer
conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness
hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical hopeful
goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment
dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll
roll generalizations oscillators say yes syzygy yyy eyeing toy toying revving buzzing as is us it this agreement
hashing password validate token login session store user repository create analogi probabli""".split()

stemmer = Stemmer.Stemmer("porter")
words = [w.strip() for w in open("/usr/share/dict/words", encoding="utf-8")]
words = [w for w in words if re.fullmatch(r"[a-z]+", w)]
sample = sorted(set(words[::SAMPLE_EVERY] + EXTRA))


def debian_version(package):
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True).stdout


print(f"# Snowball 'porter' stems (Debian python3-stemmer {debian_version('python3-stemmer')}, libstemmer0d"
      f" {debian_version('libstemmer0d')}) of every {SAMPLE_EVERY}th lower-case word")
print(f"# of Debian's wamerican {debian_version('wamerican')} plus rule-boundary words;"
      " regenerate with core/src/test/reference/porter-reference.py.")
print("# Format: <word> TAB <stem>")
for word in sample:
    print(f"{word}\t{stemmer.stemWord(word)}")
