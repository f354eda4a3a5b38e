"""The Vietnamese text itself, below every stage: each idea once, for every stage to use.

- `tones`: the tone marks and one tone-placement convention (`Uỷ` = `Ủy`), a same-length matching key;
- `syllables`: whether a word has the shape of a Vietnamese syllable (spelling rules, no dictionary);
- `dictionary`: pyvi's word list: common words, and how many of them hold a syllable;
- `legacy`, `legacy_tables`: the 8-bit encodings TCVN3 (ABC) and VNI, to Unicode and back;
- `sentences`: where a sentence or clause ends;
- `numbers`: numbers as Vietnamese documents print them, and plausible years;
- `superscripts`: the superscript digits readers write footnote markers with.

Nothing here imports a stage (read, normalise, parse, check, write).
"""
