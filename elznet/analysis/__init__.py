"""Analysis: measures on a :class:`~elznet.network.Network`, returned as DataFrames."""
