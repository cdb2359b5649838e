Feature: Enable X login
  The admin adds the X connection as a sign-in option to the application's login flow; the
  application's login page then offers "Sign in with X".

  Background:
    Given WSO2 Identity Server is registered as an app on X
    And a Twitter connection holds that app's API Key and API Secret

  @doc:login-app-registered
  Scenario: An application is registered before X login is added to it
    When the admin registers an application
    Then IS lists the application with its OpenID Connect client

  @doc:login-1 @doc:login-2 @doc:login-3
  Scenario: X added to the first step of the Login Flow is saved and offered on the login page
    Given an application registered in IS
    When the admin adds the Twitter connection as a sign-in option to the first step and clicks Update
    Then the application's login flow has the connection in its first step
    And the application's login page offers to sign in with the connection

  @doc:login-first-step-note
  Scenario: X in a second step does not identify the user
    # The application receives the identity of the login flow's subject step (IS's subjectStepId,
    # step 1 by default): with X only in step 2, that is the local account of step 1, not the X user.
    Given the connection provisions users just in time
    And an application whose login flow has username and password in step 1 and the connection in step 2
    And a local account the person signs in with
    And a person with an X account who has never signed in
    When the person opens the application and clicks Login
    And the person signs in with the local account on the login page
    And the person signs in at X and authorizes the app
    Then the person is signed in to the application
    And the application received the local account as the user, not the X identity
