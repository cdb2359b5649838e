Feature: Try it out
  Once X login is set up, a person who has never used the application signs in to it with their
  X account, and the Identity Server creates a local account for them on that first login.

  Background:
    Given WSO2 Identity Server is registered as an app on X
    And a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And an application offers the connection in its first login step

  @doc:try-1 @doc:try-2 @doc:try-3 @doc:try-4 @doc:try-5
  Scenario: The first login with X creates the user's account
    Given a person with an X account who has never signed in
    When the person opens the application and clicks Login
    And the person chooses to sign in with X on the login page
    And the person signs in at X and authorizes the app
    Then the person is signed in to the application
    And a local account exists for the person's X identity
