# %% [markdown]
# # coordkg in a notebook: who co-leads what, funding by objective, the network
#
# Run it cell by cell in Jupyter or VS Code (the `# %%` lines are cells), or as a script:
# `python tests/notebooks/walkthrough.py` (a test does). It needs the `notebook` extra
# (`pip install "coordkg[notebook]"`: pandas and matplotlib). `COORDKG_STORE` chooses the store
# (default: `~/.local/share/coordkg/store`); the first cell builds the bundled plans into it.

# %%
from pathlib import Path

import matplotlib

import coordkg

matplotlib.use("Agg")  # no window when run as a script; a notebook shows the figure inline
import matplotlib.pyplot as plt

kg = coordkg.open()
summary = kg.build()
print(f"{len(summary.documents)} plans, {summary.roles} roles, {summary.programmes} programmes")

# %% [markdown]
# ## Who co-leads what
# One row per role assignment the plans state, with the sentence that states it.

# %%
co_leads = kg.ask("roles", role="co-lead").to_dataframe()
table = co_leads[["plan", "organization_acronym", "body", "with"]]
print(table.to_string(index=False))

# %% [markdown]
# ## Funding by objective
# `funding_usd` comes back as `Decimal`: exact dollars, converted to millions for the chart.
# The row without an objective counts the programmes no objective holds (it has no funding of
# its own), so the chart leaves it out.

# %%
funding = kg.ask("funding_by_objective").to_dataframe()
funding = funding[funding["funding_usd"].notna()].copy()
funding["USD million"] = funding["funding_usd"].map(lambda usd: float(usd) / 1e6)
funding["objective"] = funding["objective"].str.slice(0, 45)
chart = funding.pivot_table(index="objective", columns="plan", values="USD million", aggfunc="sum")
axes = chart.plot.barh(figsize=(9, 5), title="Funding required by objective (USD million)")
axes.figure.tight_layout()
chart_file = Path("funding-by-objective.png")
axes.figure.savefig(chart_file)
plt.close(axes.figure)
print(f"chart: {chart_file} ({chart.shape[0]} objectives, plans {', '.join(chart.columns)})")

# %% [markdown]
# ## The coordination network
# A networkx graph of plain attributes: any networkx algorithm, or a file for Gephi.

# %%
import networkx as nx  # noqa: E402 - a notebook imports where it first needs

g = kg.network(plan="2025")
hubs = sorted(g.degree, key=lambda pair: (-pair[1], pair[0]))[:3]
for node, degree in hubs:
    print(f"{g.nodes[node]['label']}: {degree} links")
nx.write_graphml(g, "network-2025.graphml")

# %% [markdown]
# ## The map
# The same map `coordkg map` draws, as a pyvis `Network`: in a notebook, leave `net` as the last
# line of a cell and it draws inline, with no network access.

# %%
net = kg.map(focus="IOM")
net.write_html("iom-map.html")
print(f"map: iom-map.html ({net.num_nodes()} nodes, {net.num_edges()} links)")
net  # noqa: B018 - a notebook shows the cell's last value
