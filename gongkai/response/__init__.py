"""回应关切: opinion incidents on the clock, press events, new-media accounts, the policy
Q&A base and 12345 hotline work orders (issue 19)."""
