"""Words of a page's furniture rather than of its story.

Plain Arabic as a reader writes it; `rasd.text.normalize` reads them. Edit freely.
"""

# The labels a news page or channel puts before a post ("#عاجل", "#متابعات"). A saved post often
# loses the line break after the label, gluing it to the story's first word ("#عاجلإصابة 4
# أشخاص", "#متابعاتشهيدان من المدنيين"): normalization puts the space back.
POST_LABELS = ("عاجل", "هام", "متابعات", "متابعة", "تحديث", "خاص", "مباشر", "بالفيديو", "بالصور")
