"""Reads `jfr print --events jdk.ExecutionSample` on stdin (bench/portal/pages.sh PROFILE=1) and prints the methods
most often on top of the stack, then each sample attributed to one stage of the request: the first of STAGES whose
marker is on its stack (so a sample in a query under the controller counts as JDBC, not as controller)."""
import collections
import re
import sys

STAGES = [
    ("JDBC and the database", ("org.springframework.jdbc.", "org.h2.", "org.postgresql.", "com.zaxxer.hikari.")),
    ("Thymeleaf render", ("ThymeleafView.render",)),
    ("controllers and advice, other", ("org.gongkai.portal.PortalController.", "CurrentStaffAdvice.", "ModelFactory.")),
    ("ETag hashing", ("ShallowEtagHeaderFilter.updateResponse",)),
    ("Spring MVC, other", ("DispatcherServlet.doDispatch",)),
    ("security filters", ("FilterChainProxy.doFilterInternal",)),
    ("session filter", ("SessionRepositoryFilter",)),
    ("other filters, Tomcat", ("org.apache.", "org.springframework.web.filter.")),
]

top = collections.Counter()
stages = collections.Counter()
samples = 0
stack = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        stack = []
    elif stack is not None and re.match(r"\s+\]", line):
        if stack:
            samples += 1
            top[stack[0]] += 1
            joined = "\n".join(stack)
            stage = next((name for name, markers in STAGES if any(m in joined for m in markers)), "other")
            stages[stage] += 1
        stack = None
    elif stack is not None:
        m = re.match(r"\s+(\S+\(.*?\))\s+line:", line)
        if m:
            stack.append(m.group(1))
if samples == 0:
    print("no samples")
    sys.exit(0)
for method, count in top.most_common(15):
    print(f"{count * 100 / samples:5.1f} %  {method}")
print(f"-- each sample in one stage, of {samples} samples --")
for stage, _ in STAGES + [("other", ())]:
    print(f"{stages[stage] * 100 / samples:5.1f} %  {stage}")
