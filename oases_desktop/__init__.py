"""OASES Pathway Planner: regulatory pathway planning for Hong Kong and the Greater Bay Area."""

__version__ = "0.1.0"
APP_NAME = "OASES Pathway Planner"
APP_ID = "oases-pathway-planner"
ORG_NAME = "OASES"
ORG_DOMAIN = "oases.example"
