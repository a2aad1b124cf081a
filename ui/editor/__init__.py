"""The case editor: a dialog of tabs over one case's interchange dict, validated by models/."""
