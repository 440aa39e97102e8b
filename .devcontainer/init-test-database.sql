-- The tests get their own database, so they never touch the data you run the app with.
create database pathways_test owner pathways;
