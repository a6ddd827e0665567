"""Django Ninja's templates and static files (the offline Swagger UI of /api/v1/docs) as an
app, without importing ninja: ``ninja/__init__`` loads pydantic and the whole router, a
third of a second that every ``gongkai`` command paid although only the API uses it."""
