Feature: Try it out
  Once X login is set up, a person who has never used the application signs in to it with their
  X account, and the Identity Server creates a local account for them on that first login.

  Background:
    Given WSO2 Identity Server is registered as an app on X

  @doc:try-1 @doc:try-2 @doc:try-3 @doc:try-4 @doc:try-5
  Scenario: The first login with X creates the user's account, managed by X
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    When the person opens the application and clicks Login
    And the person chooses to sign in with X on the login page
    And the person signs in at X and authorizes the app
    Then the person is signed in to the application
    And a local account exists for the person's X identity
    And the account is managed by X
    And the account is named after the person's X numeric id, not the X username
    And the admin finds the account on the Console's Users page

  @doc:try-5 @doc:attr-6
  Scenario: The account carries the X username when the subject attribute is mapped to it
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And the connection maps these X attributes:
      | X attribute | local attribute |
      | screen_name | Username        |
    And the connection's subject attribute is "screen_name"
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    When the person signs in to the application with X
    Then the person is signed in to the application
    And a local account named with the person's X username exists
    And the admin finds the account on the Console's Users page
    And the account is managed by X

  @doc:try-3 @doc:try-4
  Scenario: The person cancels at X
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And an application offers the connection in its first login step
    And a person with an X account who has never signed in
    When the person opens the application and clicks Login
    And the person chooses to sign in with X on the login page
    And the person signs in at X but cancels the authorization
    Then the application reports the login failed with "login_required"
    And no local account exists for the person's X identity

  @doc:idp-6
  Scenario: A wrong API Secret stops the login before X
    Given a Twitter connection holds that app's API Key and a wrong API Secret
    And the connection provisions users just in time
    And an application offers the connection in its first login step
    When a person starts signing in to the application with X
    Then the application reports the login failed with "login_required"
    And X refused IS's request token call as "Could not authenticate you"

  @doc:idp-6 @doc:x-app-7
  Scenario: A Callback URL X has not approved stops the login before X
    Given a Twitter connection holds that app's API Key and API Secret with a Callback URL not registered on X
    And the connection provisions users just in time
    And an application offers the connection in its first login step
    When a person starts signing in to the application with X
    Then the application reports the login failed with "login_required"
    And X refused IS's request token call as "Callback URL not approved"

  @doc:try-4 @doc:attr-4
  Scenario: An X account without a verified email signs in, and its address goes nowhere
    # X sends "email": null for an unverified address; the connector turns it into the text "null"
    # (x-authenticator.md §3), which JIT stores as it is: neither the account nor the application may
    # end up with the unverified address.
    Given a Twitter connection holds that app's API Key and API Secret
    And the connection provisions users just in time
    And the connection maps these X attributes:
      | X attribute | local attribute |
      | email       | Email           |
    And an application asking for the email offers the connection in its first login step
    And a person whose X account has an unverified email
    When the person signs in to the application with X
    Then the person is signed in to the application
    And the application did not receive the person's unverified email
    And a local account exists for the person's X identity
    And the account does not hold the person's unverified email
