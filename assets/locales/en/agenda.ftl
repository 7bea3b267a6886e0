# The agenda editor and the kinds of agenda items.

agenda-kind-welcome = Welcome
agenda-kind-icebreaker = Icebreaker
agenda-kind-agreements = Community agreements
agenda-kind-teambuilding = Teambuilding
agenda-kind-content = Overview
agenda-kind-discussion = Focused discussion
agenda-kind-video = Video
agenda-kind-break = Break
agenda-kind-meal = Meal
agenda-kind-reflection = Reflection
agenda-kind-evaluation = Evaluation
agenda-kind-other = Other
