"""Writes a prose notebook of about SIZE bytes to PATH: repeated sections of a heading, a paragraph with one
inline math span, and a python fence (the shape of an ordinary tutorial). Usage: prose_notebook.py PATH SIZE"""
import sys

path, size = sys.argv[1], int(sys.argv[2])
section = (
    "## Section {k}\n\n"
    "Gradient descent takes a step of size $\\eta_{{{k}}} \\nabla J(\\theta)$ against the gradient, and the loss "
    "falls when the step is small enough; *emphasis*, `code` and a [link](https://example.org/{k}) keep cmark busy.\n\n"
    "```python\nfor epoch in range({k}):\n    theta -= lr * grad(theta)\n```\n\n"
)
parts, written, k = ["# Prose benchmark\n\n"], 0, 0
while written < size:
    text = section.format(k=k)
    parts.append(text)
    written += len(text.encode())
    k += 1
with open(path, "w", encoding="utf-8") as out:
    out.write("".join(parts))
