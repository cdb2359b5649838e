Feature: Register WSO2 Identity Server on X
  A developer registers WSO2 Identity Server as an app in the X Developer Portal and keeps the API Key
  and API Key Secret X issues; with IS's /commonauth as its callback, X then lets IS sign people in.

  Background:
    Given a developer with an X account

  @doc:x-app-1 @doc:x-app-2 @doc:x-app-3 @doc:x-app-4 @doc:x-app-5 @doc:x-app-6 @doc:x-app-7 @doc:x-app-8
  Scenario: An app registered through the Developer Portal lets IS start Sign in with X
    When the developer logs in to the X Developer Portal
    And the developer adds a project with an app and notes its API Key and API Key Secret
    And the developer sets up user authentication as "Web App, Automated App or Bot" with IS's /commonauth and a Website URL, and saves
    Then X shows an OAuth 2.0 Client ID, which the rest of the set-up does not use
    And the app's settings list IS's /commonauth as its Callback URI
    Given a Twitter connection holds that app's API Key and API Secret
    And an application offers the connection in its first login step
    When a person starts signing in to the application with X
    Then X shows its sign-in page for the X app
    And X accepted IS's signature made with the API Secret
