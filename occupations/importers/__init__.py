"""One importer per official source; each turns files into rows of :mod:`occupations.models`."""
